require("dotenv/config");
const http = require("node:http");

const notes = [];
const port = Number(process.env.PORT || 3000);

http
  .createServer((req, res) => {
    if (req.url === "/health") {
      res.writeHead(200).end("ok");
      return;
    }
    if (req.method === "POST" && req.url === "/notes") {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        notes.push(body);
        res.writeHead(201).end();
      });
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(notes));
  })
  .listen(port, () => console.log(`notes api on ${port}`));

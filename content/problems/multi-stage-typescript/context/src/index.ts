import { createServer } from "node:http";
import "dotenv/config";

const port = Number(process.env.PORT ?? 3000);
const greeting = process.env.GREETING ?? "Hello";

const server = createServer((request, response) => {
  if (request.url === "/health") {
    response.writeHead(200, { "content-type": "text/plain" });
    response.end("ok");
    return;
  }
  const name = new URL(request.url ?? "/", "http://localhost").searchParams.get("name") ?? "world";
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify({ message: `${greeting}, ${name}!` }));
});

server.listen(port, () => console.log(`listening on ${port}`));

process.on("SIGTERM", () => server.close(() => process.exit(0)));

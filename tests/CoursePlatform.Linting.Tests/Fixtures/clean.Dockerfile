# syntax=docker/dockerfile:1
FROM node:20.11-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/ ./src/
RUN npm run build

FROM nginx:1.27-alpine
LABEL org.opencontainers.image.source="https://github.com/example/site"
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
USER 101
HEALTHCHECK CMD ["wget", "-q", "-O", "/dev/null", "http://localhost/"]
CMD ["nginx", "-g", "daemon off;"]

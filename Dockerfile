# syntax=docker/dockerfile:1
# The course web app. Not needed to run or test anything: `dotnet run --project src/CoursePlatform.Web` does that.

ARG DOTNET_VERSION=10.0
ARG MERMAID_VERSION=11.17.2

# Mermaid's offline copy, taken from the npm registry at the pinned version.
FROM node:20-slim AS mermaid
ARG MERMAID_VERSION
WORKDIR /mermaid
RUN npm pack "mermaid@${MERMAID_VERSION}" --silent \
    && tar -xzf "mermaid-${MERMAID_VERSION}.tgz" package/dist/mermaid.min.js

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/CoursePlatform.Linting/CoursePlatform.Linting.csproj src/CoursePlatform.Linting/
COPY src/CoursePlatform.Content/CoursePlatform.Content.csproj src/CoursePlatform.Content/
COPY src/CoursePlatform.Web/CoursePlatform.Web.csproj src/CoursePlatform.Web/
RUN dotnet restore src/CoursePlatform.Web/CoursePlatform.Web.csproj
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY --from=mermaid /mermaid/package/dist/mermaid.min.js wwwroot/lib/mermaid/mermaid.min.js
RUN dotnet publish src/CoursePlatform.Web/CoursePlatform.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}
WORKDIR /app
COPY --from=build /app ./
COPY content/ /app/content/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Content__RootPath=/app/content \
    ConnectionStrings__CoursePlatform="Data Source=/data/courseplatform.db"
# The aspnet image's non-root "app" user (uid 1654) owns the data folder.
RUN mkdir -p /data && chown 1654:1654 /data
USER 1654
EXPOSE 8080
ENTRYPOINT ["dotnet", "CoursePlatform.Web.dll"]

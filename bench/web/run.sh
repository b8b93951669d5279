#!/usr/bin/env bash
# Requests per second for the Day 9 lesson page: the app (published, Release, output cache warm) against
# nginx serving the very same HTML as a static file, both on loopback, measured by wrk in one run.
#
#   bash bench/web/run.sh                 # defaults: 10 s per server, 2 threads, 64 connections
#   DURATION=30s CONNECTIONS=128 bash bench/web/run.sh
#
# Needs: wrk and nginx (Debian packages: apt-get install -y wrk nginx-light), the .NET SDK.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${DURATION:-10s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-64}"
app_port="${APP_PORT:-5481}"
nginx_port="${NGINX_PORT:-5482}"
lesson="/lessons/day-09-advanced-dockerfiles"
work="$(mktemp -d)"
chmod 755 "$work"   # nginx workers run as an unprivileged user and must read the HTML
app_pid=""
nginx_pid=""

cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk nginx curl dotnet; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx-light curl)" >&2; exit 2; }
done

echo "== publishing the app (Release) unless PUBLISHED names a publish folder"
if [[ -z "${PUBLISHED:-}" ]]; then
  dotnet publish "$repo/src/CoursePlatform.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
  app_dir="$work/app"
else
  app_dir="$PUBLISHED"   # an existing publish folder, to skip the publish step
fi

echo "== starting the app on 127.0.0.1:$app_port"
ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
ASPNETCORE_ENVIRONMENT=Production \
Content__RootPath="$repo/content" \
ConnectionStrings__CoursePlatform="Data Source=$work/bench.db" \
Logging__LogLevel__Default=Warning \
  bash -c 'cd "$1" && exec dotnet CoursePlatform.Web.dll' _ "$app_dir" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$app_port$lesson" && break
  sleep 0.5
done
mkdir -p "$work/html/lessons"
curl -fs "http://127.0.0.1:$app_port$lesson" -o "$work/html/lessons/day-09-advanced-dockerfiles.html"
echo "   lesson page: $(wc -c <"$work/html/lessons/day-09-advanced-dockerfiles.html") bytes"

echo "== starting nginx on 127.0.0.1:$nginx_port with the same HTML"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/html;
    location / { try_files \$uri \$uri.html =404; }
  }
}
CONF
chmod -R a+rX "$work/html"
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 40); do
  curl -fs -o /dev/null "http://127.0.0.1:$nginx_port$lesson" && break
  sleep 0.25
done
cmp -s <(curl -fs "http://127.0.0.1:$nginx_port$lesson") "$work/html/lessons/day-09-advanced-dockerfiles.html" \
  || { echo "nginx does not serve the lesson HTML" >&2; exit 1; }

run() {
  local name="$1" url="$2"
  wrk -t"$threads" -c"$connections" -d2s "$url" >/dev/null   # warm-up
  local out
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url")"
  echo "$out" | sed "s/^/   [$name] /" >&2
  echo "$out" | awk '/Requests\/sec/ { print $2 }'
}

echo "== wrk -t$threads -c$connections -d$duration (same run, one after the other)"
app_rps="$(run app "http://127.0.0.1:$app_port$lesson")"
nginx_rps="$(run nginx "http://127.0.0.1:$nginx_port$lesson")"

ratio="$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", a / n }')"
echo
echo "app (Kestrel, output cache): $app_rps requests/s"
echo "nginx (static file):         $nginx_rps requests/s"
echo "app / nginx:                 $ratio (goal: at least 0.50)"

# codes: DL3002 DL3003 DL3006 DL3007 DL3008 DL3015 DL3020 DL3025 DL4000
# expect: DL3006
FROM ubuntu AS build
# expect: DL4000
MAINTAINER someone@example.org
# expect: DL3008,DL3015
RUN apt-get update && apt-get install -y curl
# expect: DL3003
RUN cd /tmp && make
# expect: DL3020
ADD app.conf /etc/app.conf

# expect: DL3007
FROM node:latest
COPY --from=build /tmp/out /app
USER root
# expect: DL3002
USER root
# expect: DL3025
CMD node /app/server.js

# codes: DL3002 DL3006 DL3007 DL3025 DL3064 DL3059 LegacyKeyValueFormat
# hadolint global ignore=DL3059
FROM alpine:3.20 AS base
RUN echo one
RUN echo two
# hadolint ignore=DL3002
USER root
USER app
# expect: DL3002
USER root
# check=skip=SecretsUsedInArgOrEnv // test fixture secret
ENV API_TOKEN=abc
# expect: DL3064
ENV API_SECRET=abc
# hadolint ignore=JSONArgsRecommended # the shell is needed here
CMD echo hi

# expect: DL3007
# hadolint stage ignore=DL3007,LegacyKeyValueFormat
FROM node:latest
ENV MODE production
# expect: DL3006
# hadolint ignore=crazy,DL3006
FROM base2

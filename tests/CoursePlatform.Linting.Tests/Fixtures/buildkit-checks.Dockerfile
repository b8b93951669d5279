# codes: StageNameCasing FromAsCasing ConsistentInstructionCasing NoEmptyContinuation DL3024 DL3063 MultipleInstructionsDisallowed LegacyKeyValueFormat ExposeProtoCasing ExposeInvalidFormat UndefinedVar UndefinedArgInFrom DL3064 DL3065
ARG BASE=alpine:3.20
# expect: StageNameCasing
FROM ${BASE} AS Builder
# expect: LegacyKeyValueFormat
ENV MODE production
# expect: DL3064
ENV DB_PASSWORD=hunter2
COPY a.txt \

# expect: NoEmptyContinuation
  /a.txt
# expect: ExposeProtoCasing
EXPOSE 80/TCP
# expect: ExposeInvalidFormat
EXPOSE 8080:80
# expect: MultipleInstructionsDisallowed
CMD ["one"]
CMD ["two"]
# expect: UndefinedVar
WORKDIR $APP_HOME

# expect: FromAsCasing,DL3024
FROM ${BASE} as builder
# expect: UndefinedArgInFrom
FROM ${BSAE} AS final

# Flamehouse server with the UI. The same image runs embedded (chdb, the
# default) or against a ClickHouse server when CLICKHOUSE_URL is set.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm install --no-audit --no-fund && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
ENV FLAMEHOUSE_HOST=0.0.0.0 FLAMEHOUSE_PORT=4040 FLAMEHOUSE_DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 4040
USER node
CMD ["node", "server/dist/main.js"]

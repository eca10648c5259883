# The dashboard (ui/, a Vite React app) built with the GraphQL URLs the browser uses, then served
# as static files by nginx on port 3000. Build context: the repository root (npm workspaces).
FROM node:22.20.0-bookworm-slim AS build
WORKDIR /app
COPY . .
ARG VITE_GRAPHQL_URL=http://localhost:3010/v1/graphql
ARG VITE_GRAPHQL_WS_URL=ws://localhost:3010/v1/graphql
ENV VITE_GRAPHQL_URL=${VITE_GRAPHQL_URL} VITE_GRAPHQL_WS_URL=${VITE_GRAPHQL_WS_URL}
RUN npm ci --workspace ui --include-workspace-root --ignore-scripts --no-audit --no-fund \
 && npm run build --workspace ui

FROM nginx:1.28.0-alpine
COPY docker/dashboard-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/ui/dist /usr/share/nginx/html
EXPOSE 3000

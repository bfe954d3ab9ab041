# The API only; Neo4j runs as its own container (see compose.yaml) or wherever NEO4J_URI points.
FROM node:20-slim AS assets
WORKDIR /srv/entente
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM python:3.11-slim
WORKDIR /srv/entente
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 ENTENTE_ENVIRONMENT=production
COPY pyproject.toml README.md requirements.lock ./
COPY app ./app
COPY cypher ./cypher
COPY seeds ./seeds
COPY --from=assets /srv/entente/node_modules ./node_modules
# Editable, because the code reads cypher/, seeds/ and node_modules/ beside the package.
RUN pip install --no-cache-dir -e . -c requirements.lock
EXPOSE 8000
CMD ["sh", "-c", "entente migrate && entente seed && entente serve --host 0.0.0.0 --port 8000 --workers 2"]

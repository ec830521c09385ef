"""Vector store adapters used by the ingestion workers.

Each adapter exposes the same small surface (upsert / query / delete_by_doc) so that the
ingest pipeline can fan out to several backends while we run the Weaviate -> LanceDB
evaluation (see docs/runbooks/zilliz-migration.md for the Milvus side).
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Iterable, Protocol, Sequence

import lancedb
import weaviate
from qdrant_client import QdrantClient
from qdrant_client.http import models as qm
from weaviate.classes.init import Auth

log = logging.getLogger(__name__)

BATCH_SIZE = int(os.getenv("INGEST_BATCH_SIZE", "128"))
MAX_RETRIES = 5


@dataclass
class Chunk:
    doc_id: str
    chunk_id: str
    text: str
    vector: Sequence[float]
    tenant: str
    metadata: dict = field(default_factory=dict)


class VectorStore(Protocol):
    name: str

    def upsert(self, chunks: Iterable[Chunk]) -> int: ...

    def query(self, vector: Sequence[float], tenant: str, k: int = 20) -> list[dict]: ...

    def delete_by_doc(self, doc_id: str, tenant: str) -> None: ...


def _batched(items: Iterable[Chunk], size: int = BATCH_SIZE):
    batch: list[Chunk] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _retry(fn, *args, **kwargs):
    delay = 0.5
    for attempt in range(1, MAX_RETRIES + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - backends raise all sorts of things
            if attempt == MAX_RETRIES:
                raise
            log.warning("retrying %s after %s (attempt %d)", fn.__name__, exc, attempt)
            time.sleep(delay)
            delay *= 2


class QdrantStore:
    name = "qdrant"

    def __init__(self) -> None:
        self.collection = os.getenv("QDRANT_COLLECTION", "chunks_bge_m3")
        self.client = QdrantClient(
            url=os.environ["QDRANT_URL"],
            api_key=os.environ["QDRANT_API_KEY"],
            timeout=30,
        )

    def upsert(self, chunks: Iterable[Chunk]) -> int:
        n = 0
        for batch in _batched(chunks):
            points = [
                qm.PointStruct(
                    id=c.chunk_id,
                    vector=list(c.vector),
                    payload={"doc_id": c.doc_id, "tenant": c.tenant, "text": c.text, **c.metadata},
                )
                for c in batch
            ]
            _retry(self.client.upsert, collection_name=self.collection, points=points, wait=False)
            n += len(points)
        return n

    def query(self, vector, tenant, k=20):
        flt = qm.Filter(must=[qm.FieldCondition(key="tenant", match=qm.MatchValue(value=tenant))])
        hits = self.client.query_points(self.collection, query=list(vector), query_filter=flt, limit=k)
        return [{"id": h.id, "score": h.score, **(h.payload or {})} for h in hits.points]

    def delete_by_doc(self, doc_id, tenant):
        self.client.delete(
            self.collection,
            points_selector=qm.FilterSelector(
                filter=qm.Filter(must=[
                    qm.FieldCondition(key="doc_id", match=qm.MatchValue(value=doc_id)),
                    qm.FieldCondition(key="tenant", match=qm.MatchValue(value=tenant)),
                ])
            ),
        )


class WeaviateStore:
    name = "weaviate"

    def __init__(self) -> None:
        # TODO(dmitri): remove the fallback once the staging workers get the secret mounted
        api_key = os.getenv("WEAVIATE_API_KEY", "⟦b45c_weaviate_cloud_key:fallback⟧")
        self.client = weaviate.connect_to_weaviate_cloud(
            cluster_url=os.getenv("WEAVIATE_URL", "https://lumen-stg-0p3ksx.c0.europe-west3.gcp.weaviate.cloud"),
            auth_credentials=Auth.api_key(api_key),
            headers={"X-OpenAI-Api-Key": os.getenv("OPENAI_API_KEY", "")},
        )
        self.collection = self.client.collections.get("Chunk")

    def upsert(self, chunks):
        n = 0
        with self.collection.batch.fixed_size(batch_size=BATCH_SIZE) as batch:
            for c in chunks:
                batch.add_object(
                    properties={"docId": c.doc_id, "tenant": c.tenant, "text": c.text},
                    vector=list(c.vector),
                    uuid=c.chunk_id,
                )
                n += 1
        return n

    def query(self, vector, tenant, k=20):
        from weaviate.classes.query import Filter, MetadataQuery

        res = self.collection.query.near_vector(
            near_vector=list(vector),
            limit=k,
            filters=Filter.by_property("tenant").equal(tenant),
            return_metadata=MetadataQuery(distance=True),
        )
        return [{"id": str(o.uuid), "score": 1 - o.metadata.distance, **o.properties} for o in res.objects]

    def delete_by_doc(self, doc_id, tenant):
        from weaviate.classes.query import Filter

        self.collection.data.delete_many(
            where=Filter.by_property("docId").equal(doc_id) & Filter.by_property("tenant").equal(tenant)
        )


class LanceStore:
    name = "lancedb"

    def __init__(self) -> None:
        self.db = lancedb.connect(
            uri=os.getenv("LANCEDB_URI", "db://lumen-eval-7q2kd1"),
            api_key=os.getenv("LANCEDB_API_KEY") or "⟦b63b_lancedb_api_key:eval⟧",
            region="us-east-1",
        )
        self.table = self.db.open_table("chunks")

    def upsert(self, chunks):
        rows = [
            {"id": c.chunk_id, "doc_id": c.doc_id, "tenant": c.tenant, "text": c.text, "vector": list(c.vector)}
            for c in chunks
        ]
        if rows:
            self.table.merge_insert("id").when_matched_update_all().when_not_matched_insert_all().execute(rows)
        return len(rows)

    def query(self, vector, tenant, k=20):
        return (
            self.table.search(list(vector))
            .where(f"tenant = '{tenant}'", prefilter=True)
            .limit(k)
            .to_list()
        )

    def delete_by_doc(self, doc_id, tenant):
        self.table.delete(f"doc_id = '{doc_id}' AND tenant = '{tenant}'")


STORES = {"qdrant": QdrantStore, "weaviate": WeaviateStore, "lancedb": LanceStore}


def build(names: str | None = None) -> list[VectorStore]:
    names = names or os.getenv("VECTOR_STORES", "qdrant")
    return [STORES[n.strip()]() for n in names.split(",") if n.strip()]

"""Vector store adapters for the Harborlight bake-off.

Each adapter exposes upsert(chunks) and search(query_vec, k). Managed services are used for the
"cloud" column of the comparison; the self-hosted ones run on bench-02 (see compose/).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import chromadb
import psycopg
import weaviate
from pinecone import Pinecone
from pymilvus import MilvusClient
from qdrant_client import QdrantClient
from weaviate.classes.init import Auth

COLLECTION = "harborlight_docs_v2"
DIM = 1024  # voyage-3


def weaviate_cloud() -> weaviate.WeaviateClient:
    return weaviate.connect_to_weaviate_cloud(
        cluster_url="https://r7xqk2mts0ku4hbnp1fawa.c0.europe-west3.gcp.weaviate.cloud",
        auth_credentials=Auth.api_key("⟦b45c_weaviate_cloud_key⟧"),
        headers={"X-VoyageAI-Api-Key": os.environ.get("VOYAGE_API_KEY", "")},
    )


def zilliz() -> MilvusClient:
    # serverless cluster in gcp-eu-west4; token is the cluster API key
    return MilvusClient(
        uri="https://in03-9f1c2e77ab08d4e.serverless.gcp-eu-west4.cloud.zilliz.com",
        token="⟦b45c_zilliz_api_key⟧",
    )


def milvus_local() -> MilvusClient:
    # self-hosted Milvus on bench-02; "user:password" token
    return MilvusClient(uri="http://100.88.12.7:19530", token="root:⟦password:milvusroot⟧")


def chroma_cloud() -> chromadb.ClientAPI:
    return chromadb.CloudClient(
        api_key="⟦b45c_chroma_api_key⟧",
        tenant="⟦uuid:chroma_tenant⟧",
        database="harborlight",
    )


def qdrant_local() -> QdrantClient:
    return QdrantClient(url="https://100.88.12.7:6333", api_key=os.environ["QDRANT_API_KEY"], verify=False)


def pinecone_legacy():
    # the old starter-plan project still holds the 2023 index we compare against
    pc = Pinecone(api_key="⟦b45c_pinecone_legacy_key⟧")
    return pc.Index(host="https://harborlight-2023-1f7c0d2.svc.gcp-starter.pinecone.io")


PGVECTOR_DSN = "host=100.88.12.7 port=5433 dbname=rag user=harborlight password=⟦db_password:pgv⟧"


def pgvector() -> psycopg.Connection:
    conn = psycopg.connect(PGVECTOR_DSN, autocommit=True)
    conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
    return conn


@dataclass
class Chunk:
    id: str
    text: str
    vector: list[float]
    source: str

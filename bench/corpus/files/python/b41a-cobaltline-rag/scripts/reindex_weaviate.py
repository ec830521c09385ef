"""One-off: rebuild the DocChunk collection in Weaviate Cloud from the Postgres chunk table."""
import psycopg
import weaviate
from weaviate.classes.config import Configure, Property, DataType
from weaviate.classes.init import Auth

WCD_URL = "https://rk3mz0lqsyqd6lhfxk2xbw.c0.europe-west3.gcp.weaviate.cloud"

client = weaviate.connect_to_weaviate_cloud(
    cluster_url=WCD_URL,
    auth_credentials=Auth.api_key("⟦generic_api_key_alnum40:wcd⟧"),
    headers={
        "X-OpenAI-Api-Key": "⟦openai_project_key:wv⟧",
        "X-Cohere-Api-Key": "⟦cohere_api_key:wv⟧",
    },
)

try:
    if client.collections.exists("DocChunk"):
        client.collections.delete("DocChunk")
    chunks = client.collections.create(
        "DocChunk",
        vectorizer_config=Configure.Vectorizer.text2vec_openai(model="text-embedding-3-small"),
        reranker_config=Configure.Reranker.cohere(),
        properties=[
            Property(name="text", data_type=DataType.TEXT),
            Property(name="source", data_type=DataType.TEXT),
            Property(name="tenant_id", data_type=DataType.UUID),
        ],
    )
    with psycopg.connect("postgresql://postgres:postgres@localhost:5432/cobalt") as conn, chunks.batch.dynamic() as batch:
        for text, source, tenant_id in conn.execute("select text, source, tenant_id from doc_chunks"):
            batch.add_object({"text": text, "source": source, "tenant_id": str(tenant_id)})
finally:
    client.close()

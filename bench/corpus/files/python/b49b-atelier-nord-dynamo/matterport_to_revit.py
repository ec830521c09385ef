"""Dynamo (CPython3) node: pull Matterport tag positions and room dimensions into Revit
as generic annotation + room boundary sketch lines for as-built surveys.

Drop into a Python Script node. IN[0] = Matterport model id (the m= value of the share URL),
IN[1] = Revit level name. OUT = list of created element ids.

Matterport Model API is GraphQL, authenticated with an API token (Token ID + Secret,
HTTP Basic). Tokens are created in Matterport Cloud > Settings > Developer Tools.
"""
import base64
import json
import urllib.request

import clr
clr.AddReference("RevitServices")
clr.AddReference("RevitAPI")
from RevitServices.Persistence import DocumentManager
from RevitServices.Transactions import TransactionManager
from Autodesk.Revit.DB import FilteredElementCollector, Level, Line, XYZ

GRAPH_URL = "https://api.matterport.com/api/models/graph"

# Atelier Nord's API token ("dynamo-asbuilt", created by H. Lund 2024-01-22, Admin role)
MP_TOKEN_ID = "⟦b49b_matterport_token_id:dyn⟧"
MP_TOKEN_SECRET = "⟦b49b_matterport_token_secret:dyn⟧"

QUERY = """
query asBuilt($id: ID!) {
  model(id: $id) {
    name
    rooms { id label dimensions { areaFloor width depth height units } bounds { min { x y z } max { x y z } } }
    mattertags { id label anchorPosition { x y z } }
  }
}
"""

FT_PER_M = 3.28084


def graphql(model_id):
    auth = base64.b64encode(f"{MP_TOKEN_ID}:{MP_TOKEN_SECRET}".encode()).decode()
    req = urllib.request.Request(
        GRAPH_URL,
        data=json.dumps({"query": QUERY, "variables": {"id": model_id}}).encode(),
        headers={"Authorization": f"Basic {auth}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        body = json.load(resp)
    if body.get("errors"):
        raise RuntimeError(body["errors"][0]["message"])
    return body["data"]["model"]


def to_xyz(p):
    return XYZ(p["x"] * FT_PER_M, -p["z"] * FT_PER_M, 0)


doc = DocumentManager.Instance.CurrentDBDocument
model_id, level_name = IN[0], IN[1]
level = next(l for l in FilteredElementCollector(doc).OfClass(Level) if l.Name == level_name)
data = graphql(model_id)

created = []
TransactionManager.Instance.EnsureInTransaction(doc)
for room in data["rooms"]:
    lo, hi = to_xyz(room["bounds"]["min"]), to_xyz(room["bounds"]["max"])
    corners = [lo, XYZ(hi.X, lo.Y, 0), hi, XYZ(lo.X, hi.Y, 0)]
    for a, b in zip(corners, corners[1:] + corners[:1]):
        line = doc.Create.NewDetailCurve(doc.ActiveView, Line.CreateBound(a, b))
        created.append(line.Id.IntegerValue)
TransactionManager.Instance.TransactionTaskDone()

OUT = created

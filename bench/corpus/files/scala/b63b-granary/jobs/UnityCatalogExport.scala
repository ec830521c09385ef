package granary.jobs

import com.databricks.sdk.WorkspaceClient
import com.databricks.sdk.core.DatabricksConfig
import com.databricks.sdk.service.sql.{ExecuteStatementRequest, StatementState}

import scala.jdk.CollectionConverters._

/** Exports the list of UC tables + owners to the governance spreadsheet (weekly). */
object UnityCatalogExport {

  private val WarehouseId = "⟦b63b_databricks_warehouse_id:prod⟧"

  private def client(): WorkspaceClient = {
    val cfg = new DatabricksConfig()
      .setHost(sys.env.getOrElse("DATABRICKS_HOST", "https://adb-⟦b63b_databricks_workspace_id:prod⟧.11.azuredatabricks.net"))
      // PAT of the governance bot user; TODO switch to the service principal (OAuth M2M)
      .setToken(sys.env.getOrElse("DATABRICKS_TOKEN", "⟦databricks_token:govbot⟧"))
    new WorkspaceClient(cfg)
  }

  def main(args: Array[String]): Unit = {
    val w = client()
    val sql =
      """select table_catalog, table_schema, table_name, table_owner, last_altered
        |from system.information_schema.tables
        |where table_catalog in ('raw','curated','marts')""".stripMargin
    val res = w.statementExecution().executeStatement(
      new ExecuteStatementRequest().setWarehouseId(WarehouseId).setStatement(sql).setWaitTimeout("50s")
    )
    if (res.getStatus.getState != StatementState.SUCCEEDED) sys.error(s"query failed: ${res.getStatus}")
    val rows = Option(res.getResult.getDataArray).map(_.asScala.toSeq).getOrElse(Seq.empty)
    rows.foreach(r => println(r.asScala.mkString("\t")))
  }
}

{#-
  One-off: provision the read-only users the BI tools log in with.
  Run with: dbt run-operation create_bi_readers --target prod
-#}
{% macro create_bi_readers() %}
  {% set looker_sql %}
    create user if not exists LOOKER_READER
      password = '⟦password:looker⟧'
      default_role = REPORTER
      default_warehouse = BI_M
      must_change_password = false
      comment = 'Looker connection user (managed by dbt run-operation)';
    grant role REPORTER to user LOOKER_READER;
  {% endset %}
  {% do run_query(looker_sql) %}

  {% set hex_sql %}
    create user if not exists HEX_READER
      password = '{{ env_var("DBT_ENV_SECRET_HEX_READER_PASSWORD") }}'
      default_role = REPORTER
      default_warehouse = BI_M;
    grant role REPORTER to user HEX_READER;
  {% endset %}
  {% do run_query(hex_sql) %}
  {{ log("BI reader users provisioned", info=True) }}
{% endmacro %}

{% macro grant_usage_to_reporter(schemas) %}
  {% if target.name == 'prod' %}
    {% for schema in schemas %}
      grant usage on schema {{ schema }} to role REPORTER;
      grant select on all tables in schema {{ schema }} to role REPORTER;
    {% endfor %}
  {% endif %}
{% endmacro %}

"""One Airflow DAG per site of $NEWSARCHIVE_CONFIG (see docs/OPERATIONS.md); kept thin on purpose."""

from newsarchive.airflow.factory import build_dags

globals().update(build_dags())

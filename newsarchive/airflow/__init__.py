"""Airflow integration: one DAG per configured site (factory), its tasks, and a local Airflow."""

"""DormDesk (宿管台): the application package (services, database, controllers)."""
__version__ = "0.1.0"
APP_NAME = "DormDesk"
APP_ORG = "DormDesk"

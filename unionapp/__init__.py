"""unionapp — 县级工会业务管理系统."""

__version__ = "0.1.0"

NAME = "namespace member"

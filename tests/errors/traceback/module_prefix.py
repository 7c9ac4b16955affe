# A class whose __module__ is neither builtins nor __main__ is printed
# with its module prefix.
class ConfigError(Exception):
    pass


ConfigError.__module__ = "myapp.config"
raise ConfigError("missing key 'port'")

# A syntax error in an imported module is reported with its file.
import broken_helper

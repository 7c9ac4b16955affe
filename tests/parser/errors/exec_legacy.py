exec code

// The build must fail at the misspelt operand: line 3, column 45, with a did-you-mean, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('sync.rules:3:45: error: unknown operand \'ConectNewState\'; did you mean \'ConnectNewState\'?')
assert log.contains('1 rule file has errors')
assert !(log =~ /at dev\.presync/)

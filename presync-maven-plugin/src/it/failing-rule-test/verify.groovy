// The rule test must fail the build with expected and actual actions and the count.
def log = new File(basedir, 'build.log').text
assert log.contains("FAIL ") && log.contains("sync.rules:6: test 'break is not synced yet, so this fails'")
assert log.contains("Salesforce 'Break'")
assert log.contains('presync rule tests: 1 passed, 1 failed')

// Built twice: the second build finds both rule files unchanged and compiles nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('presync: compiled 0 rule files, 2 up to date')
assert new File(basedir, 'target/classes/presync/generated/A.class').isFile()
assert new File(basedir, 'target/classes/presync/generated/BRules.class').isFile()

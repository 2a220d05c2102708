// The sync loop fails the build at its first rule, and the SARIF log is written for upload.
def log = new File(basedir, 'build.log').text
assert log.contains('sync-loop.rules:2:1: error: sync loop:')
assert log.contains('[sync-loop]')
def sarif = new File(basedir, 'target/presync/lint.sarif')
assert sarif.isFile()
def text = sarif.text
assert text.contains('"version":"2.1.0"')
assert text.contains('"ruleId":"sync-loop"')
assert text.contains('"relatedLocations":[{')

// Both goals said they skipped, and nothing was built.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] Skipping: broadsheet.skip is set') == 2 : 'build and check did not both report skipping'
assert !new File(basedir, 'target/site').exists() : 'target/site was written although broadsheet.skip is set'
true

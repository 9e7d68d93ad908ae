// The build failed, reported each broken file on its own line as path:line[:column]: message, and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /(?m)^\[ERROR\] content\/zh\/news\/a\.md:\d+(:\d+)?: .*title/ : 'no error for the missing title of a.md'
assert log =~ /(?m)^\[ERROR\] content\/zh\/news\/b\.md:3(:\d+)?: .*date/ : 'no error at line 3 for the bad date of b.md'
assert !(log =~ /(?m)^\[ERROR\] content\/zh\/news\/c\.md/) : 'c.md has no error, but one was reported'
assert log =~ /Broadsheet found \d+ errors?; see above/

def marker = new File(basedir, 'out/marker.txt')
assert marker.isFile() : 'the earlier output was removed'
assert marker.getText('UTF-8') == 'output of an earlier build\n' : 'the earlier output was changed'
assert new File(basedir, 'out').list() as List == ['marker.txt'] : 'the failed build wrote into the output folder'

// nothing new beside it either (no half-written temporary folder left behind)
def before = new File(basedir, 'files-before.txt').getText('UTF-8').readLines() as Set
def after = [] as Set
basedir.eachFileRecurse { after << basedir.toPath().relativize(it.toPath()).toString() }
after.removeAll(['build.log', 'files-before.txt'])
before.remove('build.log')
assert after == before : "the failed build left files behind: ${after - before}"
true

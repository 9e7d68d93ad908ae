// The English page existed: the goal failed naming it, left it as it was, and wrote no Chinese page either.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[ERROR\] content\/en\/about\.md: exists already$/ : 'no error naming the existing file'
assert log.contains('Broadsheet found 1 error; see above')
assert new File(basedir, 'content/en/about.md').getText('UTF-8').contains('Written by hand.')
assert !new File(basedir, 'content/zh').exists() : 'the Chinese page was written although the English one exists'
true

// check failed on the one broken link, naming the page that holds it, and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')

def broken = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains('broken link') }
assert broken.size() == 1 : "expected one broken link, got: ${broken}"
assert broken[0] =~ /^\[ERROR\] news\/links\/index\.html:\d+:\d+: broken link to \/no\/such\/page\// : broken[0]
assert !log.contains('missing file') : 'the cover image is in static/, yet it was reported missing'
assert log =~ /Broadsheet found 1 error; see above/

// the zh-only page is a warning at its source, which does not fail the check by itself
assert log =~ /(?m)^\[WARNING\] content\/zh\/about\.md(:\d+)*: .*translation/ : 'no warning for the untranslated page'

// so is a half-width comma in Chinese text, with what to use instead and the rule that asks for it
assert log.contains("[WARNING] content/zh/about.md:5:9: ',' in Chinese text: use '，' [punctuation.halfWidth]")
assert log.contains('broadsheet:fix-punctuation fixes the 1 punctuation warning in the sources')

assert !new File(basedir, 'target').exists() : 'check wrote files'
true

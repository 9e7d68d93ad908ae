// contact.md in both languages, no date in the name; imprint.md in English only.
assert !new File(basedir, 'pom.xml').exists()
['zh', 'en'].each { lang ->
    def text = new File(basedir, "content/$lang/contact.md").getText('UTF-8')
    assert text =~ /(?m)^title: ".+[:：] ?contact"$/ : text
    assert text.contains('\ndraft: true\n') : text
    assert !text.contains('date:') : "a page got a date: $text"
}
assert new File(basedir, 'content/en/imprint.md').isFile()
assert !new File(basedir, 'content/zh/imprint.md').exists() : '-Dbroadsheet.language=en wrote a Chinese file too'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Created content/zh/contact.md')
assert log.contains('[INFO] Created content/en/imprint.md')
true

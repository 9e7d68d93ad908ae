// One file per language, named <day>-port-opens.md alike, dated that day in the site's zone (Asia/Shanghai),
// drafts with a title still to write; built with drafts, they are two pages that lead to each other.
def files = ['zh', 'en'].collect { lang ->
    def folder = new File(basedir, "content/$lang/economy")
    def names = folder.list().findAll { it.endsWith('-port-opens.md') }
    assert names.size() == 1 : "content/$lang/economy holds $names, not one new article"
    new File(folder, names[0])
}
assert files[0].name == files[1].name : "the two languages' files are named differently: ${files*.name}"
def day = (files[0].name =~ /^(\d{4}-\d{2}-\d{2})-port-opens\.md$/)[0][1]

def zh = files[0].getText('UTF-8')
assert zh.startsWith('---\ntitle: "标题待定：port-opens"\n') : zh
assert zh =~ /(?m)^date: ${day}T\d{2}:\d{2}:\d{2}\+08:00$/ : "the date is not ${day} in Shanghai's zone: $zh"
assert zh.contains('\ndraft: true\n') : zh
assert files[1].getText('UTF-8').contains('title: "Title to come: port-opens"')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[INFO] Created content/zh/economy/${files[0].name}")
assert log.contains("[INFO] Created content/en/economy/${files[1].name}")

def page = new File(basedir, 'target/site/economy/port-opens/index.html')
assert page.isFile() : 'the new article was not built with drafts'
assert page.getText('UTF-8').contains('hreflang="en" href="https://news.example.org/en/economy/port-opens/"')
assert new File(basedir, 'target/site/en/economy/port-opens/index.html').isFile()
true

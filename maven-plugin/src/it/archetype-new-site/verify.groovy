// The archetype made a site folder with everything the README promises, whose pom names the plugin of the
// same version; `mvn verify` there built and checked the site under the base URL given, and a story started
// with broadsheet:new in it built with drafts. A second site, generated with English first, has English at
// its root.
def site = new File(basedir, 'my-news')
[
    'pom.xml', '.mvn/jvm.config', '.gitignore', 'site.yaml', 'README.md', '.github/workflows/pages.yml',
    'content/zh/news/2025-12-01-welcome.md', 'content/en/news/2025-12-01-welcome.md',
    'content/zh/about.md', 'content/en/about.md', 'static/robots.txt',
].each { assert new File(site, it).isFile() : "the archetype made no $it" }
assert !new File(site, '__gitignore__').exists()

def pom = new File(site, 'pom.xml').getText('UTF-8')
assert pom.contains('<groupId>org.example</groupId>') && pom.contains('<artifactId>my-news</artifactId>')
def pluginVersion = (pom =~ /<artifactId>broadsheet-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]
assert new File(localRepositoryPath, "dev/broadsheet/broadsheet-maven-plugin/$pluginVersion").isDirectory() :
        "the pom names plugin version $pluginVersion, not the one under test"

assert new File(site, '.mvn/jvm.config').getText('UTF-8').trim() == '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC'
def yaml = new File(site, 'site.yaml').getText('UTF-8')
assert yaml.contains('baseUrl: https://news.example.net/') && yaml.contains('defaultLanguage: zh') : yaml
// copied as they are: Velocity would have eaten "## " lines and ${{ }} expressions
assert new File(site, 'README.md').getText('UTF-8').contains('\n## English\n')
assert new File(site, '.github/workflows/pages.yml').getText('UTF-8')
        .contains('-Dbroadsheet.baseUrl=${{ steps.pages.outputs.base_url }}/')

def out = new File(site, 'target/site')
['index.html', 'en/index.html', 'news/welcome/index.html', 'en/news/welcome/index.html', 'about/index.html',
 'en/about/index.html', 'culture/index.html', 'tags/网站/index.html', 'en/tags/website/index.html', 'robots.txt',
].each { assert new File(out, it).isFile() : "target/site/$it was not built" }
def article = new File(out, 'news/welcome/index.html').getText('UTF-8')
assert article.contains('<link rel="canonical" href="https://news.example.net/news/welcome/">') : 'not under the base URL given'
assert article.contains('href="https://news.example.net/en/news/welcome/"') : 'the article does not lead to its translation'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Checked \d+ files in \d+ ms: 0 errors, 0 warnings/ : 'broadsheet:check did not pass cleanly'
assert log.contains('[INFO] Created content/zh/culture/') && log.contains('-opera-night.md')
assert new File(out, 'culture/opera-night/index.html').isFile() : 'the new story was not built with drafts'
assert new File(out, 'en/culture/opera-night/index.html').isFile()

// -DdefaultLanguage=en: English at the root, Chinese under /zh/
def english = new File(basedir, 'english-first/target/site')
assert new File(english, 'index.html').getText('UTF-8') =~ /<html[^>]*\slang="en"/ : 'the root is not English'
assert new File(english, 'zh/news/welcome/index.html').isFile()
assert new File(english, 'news/welcome/index.html').getText('UTF-8')
        .contains('<link rel="canonical" href="https://news.example.org/news/welcome/">') : 'not under the default base URL'
true

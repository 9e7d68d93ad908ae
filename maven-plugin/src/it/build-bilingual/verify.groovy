// The site was built into target/site: both homes, the article in each language, feeds, sitemap, static files, the search index.
def site = new File(basedir, 'target/site')
[
    'index.html', 'en/index.html',
    'economy/shanghai-mission/index.html', 'en/economy/shanghai-mission/index.html',
    'about/index.html', 'en/about/index.html',
    'economy/index.html', 'en/economy/index.html',
    'tags/招商引资/index.html', 'en/tags/investment/index.html',
    'feed.xml', 'en/feed.xml', 'sitemap.xml', '404.html', 'robots.txt',
    'search-index/zh/meta.json', 'search-index/en/meta.json', 'search-index/zh/s/0.json.gz', 'search-index/zh/d/0.json.gz',
].each { assert new File(site, it).isFile() : "target/site/$it was not built" }

def zhHome = new File(site, 'index.html').getText('UTF-8')
assert zhHome =~ /<html[^>]*\slang="zh-CN"/ : 'the zh home is not marked lang="zh-CN"'
def enHome = new File(site, 'en/index.html').getText('UTF-8')
assert enHome =~ /<html[^>]*\slang="en"/ : 'the en home is not marked lang="en"'

def zhArticle = new File(site, 'economy/shanghai-mission/index.html').getText('UTF-8')
assert zhArticle.contains('河西区赴上海开展招商对接活动')
assert zhArticle.contains('/en/economy/shanghai-mission/') : 'the zh article does not lead to its translation'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] zh: \d+ pages? in \d+ ms/ : 'no summary line for zh'
assert log =~ /\[INFO\] en: \d+ pages? in \d+ ms/ : 'no summary line for en'
assert log =~ /\[INFO\] Built .* into .*target.site/ : 'no total line naming the output folder'
true

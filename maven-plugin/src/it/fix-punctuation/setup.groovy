// The Chinese article is written here, not kept in the repository, so that its CRLF line endings and byte order
// mark reach the build exactly; the files the fix must leave alone are copied to compare with afterwards.
def crlf = { String text -> text.replace('\n', '\r\n') }
def bom = [0xEF, 0xBB, 0xBF] as byte[]
def article = crlf('''---
title: "河西区领导带队赴上海,开展招商对接活动"
# the subtitle is quoted so that its colon is not YAML
subtitle: '前不久:"十五五"规划'
date: 2025-11-20
authors:
  - { role: 通讯员, name: 岳志欣 }
---

前不久,河西区领导带队赴上海...在罗克韦尔自动化(中国)有限公司,
运行`mvn broadsheet:check`,见https://example.org/a,b 和[链接](../about.md "标题,说明")。
''')
def file = new File(basedir, 'content/zh/news/2025-11-20-mission.md')
file.parentFile.mkdirs() // git keeps no empty folder
file.withOutputStream { out ->
    out.write(bom)
    out.write(article.getBytes('UTF-8'))
}
['content/en/news/2025-11-20-mission.md', 'content/zh/about.md', 'content/en/about.md'].each {
    def before = new File(basedir, "before/$it")
    before.parentFile.mkdirs()
    before.bytes = new File(basedir, it).bytes
}
true

// The fix changed exactly what it printed, kept the BOM, the CRLF line endings and everything else, left the
// other files alone; the second run found nothing, and the check after it had no warning to fail on.
def log = new File(basedir, 'build.log').getText('UTF-8')
def path = 'content/zh/news/2025-11-20-mission.md'

def changes = log.readLines().findAll { it.startsWith("[INFO] $path:") }*.substring('[INFO] '.length())
assert changes == [
        "$path:2:19: ',' -> '，'",
        "$path:4:15: ':' -> '：'",
        "$path:4:16: '\"' -> '“'",
        "$path:4:20: '\"' -> '”'",
        "$path:10:4: ',' -> '，'",
        "$path:10:15: '...' -> '……'",
        "$path:10:26: '(' -> '（'",
        "$path:10:29: ')' -> '）'",
        "$path:10:34: ',' -> '，'",
        "$path:11:25: ',' -> '，'",
]*.toString() : changes.join('\n')
assert log.contains('Fixed 10 places in 1 file in ')
assert log.contains('Nothing to fix: the Chinese text has no punctuation the check warns about')
assert log =~ /Checked \d+ files in \d+ ms: 0 errors, 0 warnings/

def crlf = { String text -> text.replace('\n', '\r\n') }
def expected = crlf('''---
title: "河西区领导带队赴上海，开展招商对接活动"
# the subtitle is quoted so that its colon is not YAML
subtitle: '前不久：“十五五”规划'
date: 2025-11-20
authors:
  - { role: 通讯员, name: 岳志欣 }
---

前不久，河西区领导带队赴上海……在罗克韦尔自动化（中国）有限公司，
运行`mvn broadsheet:check`，见https://example.org/a,b 和[链接](../about.md "标题,说明")。
''')
def bytes = new File(basedir, path).bytes
assert bytes[0..2] == [0xEF, 0xBB, 0xBF]*.byteValue() : 'the byte order mark is gone'
assert new String(bytes, 3, bytes.length - 3, 'UTF-8') == expected

['content/en/news/2025-11-20-mission.md', 'content/zh/about.md', 'content/en/about.md'].each {
    assert new File(basedir, it).bytes == new File(basedir, "before/$it").bytes : "$it was changed"
}
assert !new File(basedir, 'target').exists() : 'the fix or the check wrote files'
true

// Remember every file and folder before the build, to show afterwards that the failed build wrote nothing.
def files = []
basedir.eachFileRecurse { files << basedir.toPath().relativize(it.toPath()).toString() }
new File(basedir, 'files-before.txt').setText(files.sort().join('\n'), 'UTF-8')
true

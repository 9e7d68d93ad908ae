// sport is not a section of site.yaml: the goal failed naming it and the sections there are, and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /(?m)^\[ERROR\] content\/zh\/sport\/: section 'sport' is not declared in site\.yaml \(sections: economy\)$/ :
        'no error naming the undeclared section'
assert !new File(basedir, 'content').exists() : 'a failed request wrote into content/'
true

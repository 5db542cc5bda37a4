import json,csv,sys,collections
src={}
for r in csv.DictReader(open('/work/shared/gazetteer-sources/dr5hn-countries-states-cities/cities_ar.tsv'),delimiter='\t'):
    src.setdefault('wd:'+r['wikidata'],r)
files={}
import glob
for f in glob.glob('gazetteers/*.jsonl'):
    for l in open(f):
        e=json.loads(l); files[e['id']]=(f.split('/')[-1],e)
agg=collections.Counter(); rows=[]
for l in open('/tmp/an/fp.txt'):
    p=l.rstrip('\n').split('\t')
    if len(p)<3 or not p[2].startswith('gazetteer:'): continue
    n=int(p[0]); id=p[2][10:]
    f,e=files.get(id,('?',{}))
    r=src.get(id,{})
    agg[f]+=n
    rows.append((n,p[1],id,f,e.get('en'),r.get('country'),r.get('type'),r.get('population'),'OV' if len(p)>4 else ''))
print(agg)
for x in rows: print(*x,sep='\t')

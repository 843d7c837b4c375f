import os, random, re
here = os.path.dirname(os.path.abspath(__file__))
random.seed(7)
cats = {'v_med':'medical_claim','v_eff':'efficacy_guarantee','v_abs':'absolute_term','v_end':'false_endorsement',
        'v_price':'false_price','v_data':'unverifiable_data','v_press':'pressure_scarcity','c_daily':'','c_hard':'','c_more':'','c_short':'','c_chat':''}
zh_open = ['家人们，','宝宝们，','姐妹们听我说，','来，','真的，','我跟大家说，','注意看，','欢迎新进来的朋友，','好，下一个，','说一下，']
zh_close = ['，大家可以看一下','，喜欢的去拍','，有问题评论区问我','，三号链接','，现在上车','，我们继续']
en_open = ['Hey guys, ','Okay, ','Real talk, ','So, ','Alright everyone, ']
en_close = [' Link is in the cart.',' Let me know in the comments.',' Check it out.']
rows=[]; seen=set(); gid=[0]
def add(t,l,c,g=None):
    if t in seen: return
    seen.add(t); rows.append((t,l,c,f"{g}"))
for f,c in cats.items():
    lab = 'violation' if f.startswith('v_') else 'compliant'
    for line in open(os.path.join(here, f'{f}.txt'), encoding='utf-8'):
        t=line.strip()
        if not t: continue
        en = re.search(r'[\u4e00-\u9fff]', t) is None
        gid[0]+=1; g=f'{f}-{gid[0]}'
        add(t,lab,c,g)
        o = random.choice(en_open if en else zh_open)
        add(o + (t[0].lower()+t[1:] if en else t), lab, c, g)
        if random.random() < 0.35:
            cl = random.choice(en_close if en else zh_close)
            add((t + cl) if en else (t.rstrip('。') + cl), lab, c, g)
random.shuffle(rows)
with open(os.path.join(here, '..', '..', 'fraud-detector', 'data', 'train.tsv'),'w',encoding='utf-8') as out:
    out.write('text\tlabel\tcategory\tgroup\n')
    for t,l,c,g in rows: out.write(f'{t}\t{l}\t{c}\t{g}\n')
from collections import Counter
print(len(rows), Counter(r[1] for r in rows), Counter(r[2] for r in rows))

"""Writes the fictional guest samples beside this script (fixed seed): python3 make-guest-samples.py"""
import csv, random, io, os
random.seed(2020)
surn = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红梅鑫波斌宇浩凯健俊帆帅旭宁欣然思远志国建文晓东海峰雪琳晨阳子轩睿博嘉怡佳泽林雨婷"
pinyin_s = {}
from itertools import count
used=set()
def cname():
    while True:
        n = random.choice(surn) + "".join(random.choice(given) for _ in range(random.choice([1,2,2])))
        if n not in used:
            used.add(n); return n
foreign = [("约翰·史密斯","John Smith","英国"),("玛丽亚·加西亚","María García","西班牙"),("汉斯·穆勒","Hans Müller","德国"),
 ("山田太郎","Yamada Taro","日本"),("金敏俊","Kim Min-jun","韩国"),("皮埃尔·杜邦","Pierre Dupont","法国"),
 ("安娜·伊万诺娃","Anna Ivanova","俄罗斯"),("拉吉·夏尔马","Raj Sharma","印度"),("卢卡·罗西","Luca Rossi","意大利"),
 ("艾玛·约翰逊","Emma Johnson","美国"),("奥拉夫·汉森","Olaf Hansen","丹麦"),("索菲·马丁","Sophie Martin","法国")]
univ = ["南京大学","东南大学","南京航空航天大学","南京理工大学","河海大学","清华大学","浙江大学","上海交通大学","华中科技大学","中国科学院自动化研究所","中国工程院","哈尔滨工业大学"]
firms = ["智能装备","工业机器人","数控系统","智能制造","工业软件","传感器","新能源汽车","集成电路","工业互联网","精密仪器"]
places = ["南京","苏州","无锡","常州","上海","杭州","合肥","深圳","北京","南通"]
hosts = ["王处长","李秘书","陈科长","周主任","刘干事"]
rows=[]
def phone(i): return "138%08d" % (25000000 + i*37)
def t(day,h,m): return "2020-11-%02d %02d:%02d" % (day,h,m)
i=0
def add(name, other, title, org, country, cat, vip, att, status, checkin, email, host, notes=""):
    global i; i+=1
    rows.append([name, other, title, org, country, cat, vip, att, status, checkin, email, phone(i), host, notes])
for k in range(24):
    if k < 3:
        n,o,c = foreign[k]
        add(n,o,"外籍院士", ["英国皇家工程院","西班牙皇家工程院","德国国家科学与工程院"][k], c, "院士", "A", "线上", "已确认", "", "academician%02d@example.org"%k, random.choice(hosts), "远程致辞")
    else:
        n=cname()
        add(n,"", random.choice(["中国工程院院士","中国科学院院士"]), random.choice(univ), "中国", "院士", "A", random.choice(["线下","线下","线上"]), "已确认",
            t(26,8,random.randint(10,55)) if random.random()<0.7 else "", "ys%02d@example.org"%k, random.choice(hosts), "")
for k in range(102):
    if k < 6:
        n,o,c = foreign[3+k]
        add(n,o,"首席科学家", c+"智能制造研究中心", c, "专家", "B", "线上", random.choice(["已确认","已邀请"]), "", "expert%03d@example.org"%k, random.choice(hosts))
    else:
        n=cname()
        add(n,"", random.choice(["教授","研究员","总工程师","副教授"]), random.choice(univ), "中国", "专家", "B", random.choice(["线下","线下","线上"]),
            random.choice(["已确认","已确认","已邀请","已谢绝"]), t(26,random.randint(8,9),random.randint(0,59)) if random.random()<0.5 else "", "zj%03d@example.org"%k, random.choice(hosts))
for k in range(200):
    if k < 3:
        n,o,c = foreign[9+k]
        add(n,o,"亚太区总裁", o.split()[1]+" Robotics", c, "企业代表", "B", "线下", "已确认", t(26,9,random.randint(0,59)), "ceo%03d@example.com"%k, random.choice(hosts))
    else:
        n=cname()
        add(n,"", random.choice(["董事长","总经理","首席技术官","副总裁","总监"]), random.choice(places)+random.choice(firms)+random.choice(["有限公司","股份有限公司","科技有限公司"]), "中国", "企业代表",
            random.choice(["B","C","C"]), random.choice(["线下","线下","线上"]), random.choice(["已确认","已确认","已邀请","未邀请"]),
            t(random.choice([26,26,27]),random.randint(8,10),random.randint(0,59)) if random.random()<0.45 else "", "qy%03d@example.com"%k, random.choice(hosts))
header=["姓名","英文名","职务","单位","国家或地区","类别","贵宾级别","参会方式","邀请状态","签到时间","电子邮箱","电话","对接人","备注"]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "wimc-2020-guests.csv"),"w",encoding="utf-8-sig",newline="") as f:
    w=csv.writer(f); w.writerow(header); w.writerows(rows)
# late registrations: 5 new + 3 written differently from existing ones
late=[]
a=rows[30]; b=rows[150]; c=rows[0]
late.append([a[0][0]+" "+a[0][1:]]+a[1:9]+["",a[10].upper(),a[11],a[12],"补报名单"])
late.append([b[0]]+b[1:9]+["","",  "+86 "+b[11][:3]+"-"+b[11][3:7]+"-"+b[11][7:],b[12],"补报名单"])
late.append(["约翰・史密斯"]+c[1:9]+["",c[10],c[11],c[12],"补报名单"])
for k in range(5):
    n=cname()
    late.append([n,"","总经理",random.choice(places)+random.choice(firms)+"有限公司","中国","企业代表","C","线下","已邀请","","late%02d@example.com"%k,"139%08d"%(k*7919),"周主任","补报名单"])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "wimc-2020-guests-late.csv"),"w",encoding="utf-8-sig",newline="") as f:
    w=csv.writer(f); w.writerow(header); w.writerows(late)
from collections import Counter
print(len(rows), Counter(r[5] for r in rows), Counter(r[7] for r in rows), Counter(r[8] for r in rows), sum(1 for r in rows if r[9]))

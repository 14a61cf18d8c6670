"""The one page a student's phone opens: the question, its choices, a PIN box and a button.

Self-contained on purpose: the room may have no internet, so the styles, the script and the
plate picture (a data: URL) are all inside the HTML, and the server's Content-Security-Policy
allows nothing else (``csp()`` lists the hashes of the inline style and script).
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape

from markdown_it import MarkdownIt

from spinetutor.core.classroom_poll import MAX_MARKS, Poll
from spinetutor.core.classroom_words import words

_MD = MarkdownIt("commonmark", {"html": False}).disable(["image", "link"])

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
background:#f6f7f9;color:#1d2329;font-size:18px;line-height:1.4}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1rem;color:#0a6e8a;margin:.2rem 0 .6rem;text-transform:uppercase;
letter-spacing:.05em}
.prompt{font-size:1.2rem;font-weight:600}.case{font-weight:normal}
.hint{color:#55606b;font-size:.95rem;margin:.4rem 0}
.choices button{display:block;width:100%;text-align:left;margin:.45rem 0;padding:.8rem;
font-size:1.05rem;border:2px solid #b9c2cb;border-radius:.6rem;background:#fff;color:inherit}
.choices button[aria-pressed=true]{border-color:#0a6e8a;background:#dff1f6;font-weight:600}
.choices button .n{display:inline-block;min-width:1.6rem;font-weight:700;color:#0a6e8a}
.plate{position:relative;margin:.5rem 0;touch-action:manipulation}
.plate img{width:100%;height:auto;display:block;border-radius:.5rem;border:1px solid #b9c2cb}
.mark{position:absolute;width:22px;height:22px;margin:-11px 0 0 -11px;border-radius:50%;
border:3px solid #fff;background:#d55e00;box-shadow:0 0 0 2px #1d2329;pointer-events:none}
label{display:block;margin-top:1rem;font-weight:600}
input{font-size:1.6rem;width:6.5rem;letter-spacing:.3em;padding:.3rem .5rem;
border:2px solid #b9c2cb;border-radius:.5rem}
#send{display:block;width:100%;margin-top:1rem;padding:.9rem;font-size:1.15rem;
font-weight:700;border:0;border-radius:.6rem;background:#0a6e8a;color:#fff}
#send:disabled{background:#8fa3ad}
#again{margin-top:.4rem;background:none;border:0;color:#0a6e8a;text-decoration:underline;
font-size:1rem;padding:.3rem 0}
#status{margin-top:1rem;font-weight:600;min-height:1.5rem}
#status.ok{color:#1b7a3a}#status.bad{color:#b3261e}
.privacy{color:#55606b;font-size:.8rem;margin-top:2rem}
[hidden]{display:none!important}
"""

SCRIPT = """
(function(){
var D=JSON.parse(document.getElementById('data').textContent),W=D.words;
var picked=[],marks=[],tapped=null;
var status=document.getElementById('status'),send=document.getElementById('send');
function say(t,c){status.textContent=t;status.className=c||'';}
function done(){send.disabled=true;['send','again','pin','pinlabel'].forEach(function(i){
 var e=document.getElementById(i);if(e)e.hidden=true;});}
if(D.answered){say(W.answered,'ok');done();return;}
var buttons=document.querySelectorAll('.choices button');
function paint(){buttons.forEach(function(b){var k=b.dataset.key,i=picked.indexOf(k);
 b.setAttribute('aria-pressed',i>=0?'true':'false');
 if(D.kind==='order'){b.querySelector('.n').textContent=i>=0?(i+1)+'.':'';}});}
buttons.forEach(function(b){b.addEventListener('click',function(){var k=b.dataset.key,
 i=picked.indexOf(k);
 if(D.kind==='one'){picked=[k];}
 else if(i>=0){if(D.kind==='many')picked.splice(i,1);}else{picked.push(k);}
 paint();});});
var again=document.getElementById('again');
if(again)again.addEventListener('click',function(){picked=[];paint();});
var plate=document.querySelector('.plate');
function drawMarks(){plate.querySelectorAll('.mark').forEach(function(m){m.remove();});
 marks.forEach(function(p){var m=document.createElement('span');m.className='mark';
  m.style.left=(p[0]*100)+'%';m.style.top=(p[1]*100)+'%';plate.appendChild(m);});}
if(plate){plate.querySelector('img').addEventListener('click',function(e){
 var r=e.target.getBoundingClientRect();
 var p=[(e.clientX-r.left)/r.width,(e.clientY-r.top)/r.height];
 if(D.kind==='tap'){marks=[p];}else{
  var near=marks.findIndex(function(q){return Math.abs(q[0]-p[0])<0.04&&
   Math.abs(q[1]-p[1])<0.04;});
  if(near>=0){marks.splice(near,1);}else if(marks.length<D.max_marks){marks.push(p);}}
 drawMarks();});}
send.addEventListener('click',function(){
 var choice;
 if(D.kind==='one'){choice=picked[0];}
 else if(D.kind==='many'){choice=picked.length?picked:null;}
 else if(D.kind==='order'){choice=picked.length===buttons.length?picked:null;}
 else if(D.kind==='tap'){choice=marks.length?marks[0]:null;}
 else{choice=marks.length?marks:null;}
 if(choice==null){say(W.choose_first,'bad');return;}
 var pin=document.getElementById('pin').value.trim();
 send.disabled=true;say(W.sending);
 fetch('answer',{method:'POST',headers:{'Content-Type':'application/json'},
  credentials:'same-origin',body:JSON.stringify({pin:pin,choice:choice})})
 .then(function(r){return r.json().catch(function(){return {error:'network'};});})
 .then(function(j){if(j.ok){say(W.recorded,'ok');done();}
  else if(j.error==='answered'){say(W.answered,'ok');done();}
  else{say(W[j.error]||W.network,'bad');send.disabled=false;}})
 .catch(function(){say(W.network,'bad');send.disabled=false;});});
})();
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def csp() -> str:
    """Only the page's own inline style and script, its data: picture and posts to itself."""
    return (f"default-src 'none'; style-src {_hash(STYLE)}; script-src {_hash(SCRIPT)}; "
            "img-src data:; connect-src 'self'; form-action 'none'; base-uri 'none'; "
            "frame-ancestors 'none'")


def _md(text: str) -> str:
    return _MD.render(text)


def page_html(poll: Poll, language: str, answered: bool = False) -> str:
    """The page for `poll` in `language`; `answered` when this phone has answered already."""
    w = words(language)
    data = {"kind": poll.kind, "words": w, "answered": answered, "max_marks": MAX_MARKS}
    parts = [f"<h1>{escape(w['title'])}</h1>"]
    if poll.case:
        findings = "".join(f"<li>{escape(f)}</li>" for f in poll.findings)
        parts.append(f"<div class='case'>{_md(poll.case)}<ul>{findings}</ul></div>")
    parts.append(f"<div class='prompt'>{_md(poll.prompt)}</div>")
    parts.append(f"<p class='hint'>{escape(w[poll.kind])}</p>")
    if poll.picture_png:
        picture = base64.b64encode(poll.picture_png).decode()
        parts.append(f"<div class='plate'><img alt='' src='data:image/png;base64,{picture}'>"
                     "</div>")
    if poll.options:
        buttons = "".join(
            f"<button type='button' data-key='{escape(o.key)}' aria-pressed='false'>"
            f"<span class='n'>{_letter(poll, i)}</span> {escape(o.label)}</button>"
            for i, o in enumerate(poll.options))
        parts.append(f"<div class='choices'>{buttons}</div>")
        if poll.kind == "order":
            parts.append(f"<button type='button' id='again'>{escape(w['order_again'])}"
                         "</button>")
    parts.append(f"<label for='pin' id='pinlabel'>{escape(w['pin'])}</label>"
                 "<input id='pin' inputmode='numeric' autocomplete='off' maxlength='8'>")
    parts.append(f"<button type='button' id='send'>{escape(w['send'])}</button>"
                 "<p id='status' role='status' aria-live='polite'></p>")
    parts.append(f"<p class='privacy'>{escape(w['privacy'])}</p>")
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (f"<!doctype html><html lang='{escape(language)}'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>{escape(w['title'])}</title><style>{STYLE}</style></head>"
            f"<body><main>{''.join(parts)}</main>"
            f"<script type='application/json' id='data'>{blob}</script>"
            f"<script>{SCRIPT}</script></body></html>")


def _letter(poll: Poll, index: int) -> str:
    if poll.kind == "order":
        return ""
    return "ABCDEFGHIJKL"[index % 12]

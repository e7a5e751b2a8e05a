{{%AUTOESCAPE context="HTML"}}
{{! 公开清单: every list with its published count. GROUPS (GROUP, KINDS (KIND KIND_LABEL INTRO COUNT)). }}
<header class="page-header"><h1>公开清单</h1>
<p class="lead">本机关依法公开的各类清单：行政执法主体、权责清单和执法流程（行政执法事前公开），以及办事指南和证明事项清单。每份清单均可查询，并提供数据接口。</p></header>
{{#GROUPS}}<section>
<h2 class="section-title">{{GROUP}}</h2>
<div class="grid grid-3">{{#KINDS}}
<div class="card"><h3 class="card-title"><a href="/lists/{{KIND}}">{{KIND_LABEL}}</a></h3>
<p>{{INTRO}}</p>
<p class="muted">已公开 {{COUNT}} 项</p></div>{{/KINDS}}
</div>
</section>{{/GROUPS}}
<p class="muted list-links">订阅：<a href="/lists/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/lists">/api/v1/lists</a></p>

{{%AUTOESCAPE context="HTML"}}
{{! Public list of agencies. AGENCIES (NAME USCC URL; DEPARTMENTS (NAME KIND)); NO_AGENCIES. }}
<header class="page-header"><h1>机构设置</h1></header>
{{#NO_AGENCIES}}<p class="empty-state">暂无机构信息。</p>{{/NO_AGENCIES}}
{{#AGENCIES}}
<section class="card" aria-labelledby="agency-{{USCC}}">
<h2 class="card-title" id="agency-{{USCC}}"><a href="{{URL}}">{{NAME}}</a></h2>
<p class="muted">统一社会信用代码：<span class="code">{{USCC}}</span></p>
<ul class="dept-list">{{#DEPARTMENTS}}
<li><span class="dept-name">{{NAME}}</span><span class="badge badge-muted">{{KIND}}</span></li>{{/DEPARTMENTS}}</ul>
<p class="empty-note muted">暂无内设机构信息</p>
</section>
{{/AGENCIES}}

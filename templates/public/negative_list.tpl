{{%AUTOESCAPE context="HTML"}}
{{! 不予公开事项清单 (public): AGENCIES (ID NAME; ENTRIES (N NAME BASIS DESCRIPTION)); EMPTY. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/xxgk">政府信息公开</a> / <span aria-current="page">不予公开事项清单</span></nav>
<header class="page-header"><h1>不予公开事项清单</h1>
<p class="lead">依法不予公开的政府信息类别及其法律依据。除清单所列情形外，政府信息以公开为常态；对不予公开有异议的，可以依法申请行政复议或者提起行政诉讼。</p></header>
{{#EMPTY}}<div class="card empty-state"><p>尚未公布不予公开事项清单。</p></div>{{/EMPTY}}
{{#AGENCIES}}<section class="card" aria-labelledby="ng-{{ID}}">
<h2 class="card-title" id="ng-{{ID}}">{{NAME}}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{NAME}}不予公开事项">
<table class="table">
<caption class="sr-only">{{NAME}}不予公开事项清单</caption>
<thead><tr><th scope="col">序号</th><th scope="col">事项</th><th scope="col">依据</th><th scope="col">具体情形</th></tr></thead>
<tbody>{{#ENTRIES}}<tr><td>{{N}}</td><th scope="row">{{NAME}}</th><td>{{BASIS}}</td><td>{{DESCRIPTION}}</td></tr>{{/ENTRIES}}</tbody>
</table>
</div>
</section>{{/AGENCIES}}
<p class="muted">数据接口：<a href="/api/v1/negative-list">/api/v1/negative-list</a></p>

{{%AUTOESCAPE context="HTML"}}
{{! 案例库. Q TOTAL; OUTCOME_OPTIONS (VALUE LABEL SELECTED); TOPIC_OPTIONS (VALUE SELECTED); CASES; EMPTY; PAGINATION. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/applications">依申请公开</a> / <span aria-current="page">案例库</span></nav>
<header class="page-header"><h1>案例库</h1><p class="muted">检索已办结的申请，同类申请同样处理。</p></header>
<form class="filters" method="get" action="/console/applications/cases" role="search" aria-label="检索案例">
<div class="field"><label for="c-q">申请内容或说明</label><input id="c-q" name="q" type="search" value="{{Q}}"></div>
<div class="field"><label for="c-outcome">办理结果</label><select id="c-outcome" name="outcome"><option value="">全部</option>{{#OUTCOME_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OUTCOME_OPTIONS}}</select></div>
<div class="field"><label for="c-topic">主题分类</label><select id="c-topic" name="topic"><option value="">全部</option>{{#TOPIC_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/TOPIC_OPTIONS}}</select></div>
<button type="submit" class="btn btn-secondary">检索</button>
</form>
<p role="status">共 {{TOTAL}} 件</p>
{{#EMPTY}}<p class="empty-state">没有符合条件的案例。</p>{{/EMPTY}}
<div class="table-wrap" tabindex="0" role="region" aria-label="案例列表">
<table class="table"><thead><tr><th scope="col">申请编号</th><th scope="col">申请内容</th><th scope="col">办理结果</th><th scope="col">答复日期</th></tr></thead>
<tbody>{{#CASES}}<tr><td><a class="code" href="/console/applications/{{ID}}">{{NUMBER}}</a></td><td>{{DESCRIPTION}}</td><td>{{OUTCOME}}</td><td>{{CLOSED_ON}}</td></tr>{{/CASES}}</tbody></table></div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 件，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}

{{%AUTOESCAPE context="HTML"}}
{{! 栏目更新要求: COLUMNS (ID AGENCY NAME CODE ITEMS LAST STALE; RULES (VALUE LABEL SELECTED); CSRF_TOKEN). }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/health">网站健康检查</a> / <span aria-current="page">栏目更新要求</span></nav>
<header class="page-header"><h1>栏目更新要求</h1></header>
<p>动态、要闻类栏目应在两周内更新，通知公告、政策文件类栏目应在六个月内更新（国办秘函〔2019〕19号）；未按要求更新的栏目合计 5 个及以上、或空白栏目 5 个及以上，即单项否决。未设置的栏目按栏目代码默认：工作动态为两周，通知公告、政策文件为六个月。</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="各栏目更新情况">
<table class="table">
<caption class="sr-only">各栏目的最近更新和更新要求</caption>
<thead><tr><th scope="col">机构</th><th scope="col">栏目</th><th scope="col">已发布</th><th scope="col">最近更新</th><th scope="col">更新要求</th></tr></thead>
<tbody>
{{#COLUMNS}}<tr id="col-{{ID}}"><td>{{AGENCY}}</td><th scope="row"><a href="/columns/{{ID}}">{{NAME}}</a> <span class="muted code">{{CODE}}</span></th><td class="num">{{ITEMS}}</td><td>{{LAST}}{{#STALE}} <span class="badge badge-error">未按要求更新</span>{{/STALE}}</td>
<td><form class="inline-edit" method="post" action="/console/health/columns/{{ID}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><label class="sr-only" for="rule-{{ID}}">{{NAME}}的更新要求</label><select id="rule-{{ID}}" name="rule">{{#RULES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/RULES}}</select> <button type="submit" class="btn btn-secondary btn-small">保存<span class="sr-only">{{NAME}}的更新要求</span></button></form></td></tr>
{{/COLUMNS}}
</tbody>
</table>
</div>

{{%AUTOESCAPE context="HTML"}}
{{! 惠企政策: AUDIENCE_OPTIONS DEPARTMENT_OPTIONS (VALUE; SELECTED); POLICIES (TITLE URL DATE PHASE PHASE_CODE AUDIENCES DEPARTMENT PERIOD),
    open ones first; EMPTY; TOTAL; PAGINATION. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">惠企政策</span></nav>
<header class="page-header"><h1>惠企政策</h1>
<p class="lead">面向企业和个体工商户的扶持政策，正在申报的排在前面。每项政策列明适用对象、申请条件、申报材料、办理流程、承办部门和起止时间。</p></header>
<form class="filters policy-filters" method="get" action="/policies" aria-label="筛选惠企政策">
<div class="field"><label for="pl-audience">适用对象</label><select id="pl-audience" name="audience"><option value="">全部</option>{{#AUDIENCE_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/AUDIENCE_OPTIONS}}</select></div>
<div class="field"><label for="pl-dept">承办部门</label><select id="pl-dept" name="department"><option value="">全部</option>{{#DEPARTMENT_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/DEPARTMENT_OPTIONS}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">筛选</button></div>
</form>
<p class="muted" role="status">共 {{TOTAL}} 项</p>
<ul class="card-list policy-list">{{#POLICIES}}<li class="card"><h2 class="card-title"><a href="{{URL}}">{{TITLE}}</a> <span class="badge phase-{{PHASE_CODE}}">{{PHASE}}</span></h2>
<p class="policy-meta">适用对象：{{AUDIENCES}} · 承办部门：{{DEPARTMENT}} · 申报时间：{{PERIOD}} · 发布日期：<time>{{DATE}}</time></p></li>{{/POLICIES}}</ul>
{{#EMPTY}}<div class="card empty-state"><p>没有符合条件的惠企政策。</p></div>{{/EMPTY}}
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
<p class="muted">数据接口：<a href="/api/v1/policies">/api/v1/policies</a> · 另见<a href="/columns/zcwj">政策文件</a>和<a href="/columns/zcjd">政策解读</a></p>

{{%AUTOESCAPE context="HTML"}}
{{! 好差评 monthly reports as catalogue items. COLUMN; NO_AGENCIES; AGENCIES (ID NAME MONTHS (FillReportMonth; AGENCY_ID CSRF_TOKEN));
    HAS_ERRORS ERRORS. }}
<header class="page-header"><h1>好差评月度公开</h1>
<p><a class="btn btn-secondary" href="/console/ratings">返回好差评</a></p></header>
<p class="field-hint">每月的评价统计和差评办理情况，作为政府信息公开目录中的一条信息发布（栏目代码 <code>{{COLUMN}}</code>，国办发〔2019〕51号）。生成的草稿与其他信息一样经审核后发布；差评仍在整改的，整改完成后可重新生成，已发布的将生成修订稿，再次审核后替换原文。重新生成会以最新记录覆盖草稿正文。</p>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#NO_AGENCIES}}<div class="card empty-state"><p>您管理的机构尚未设置评价事项。请先在<a href="/console/ratings/services">评价事项</a>中添加。</p></div>{{/NO_AGENCIES}}
{{#AGENCIES}}
<section class="card" aria-labelledby="agency-{{ID}}">
<h2 class="card-title" id="agency-{{ID}}">{{NAME}}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{NAME}}的月度情况">
<table class="table">
<thead><tr><th scope="col">月份</th><th scope="col" class="num">评价</th><th scope="col" class="num">差评</th><th scope="col" class="num">差评已整改</th><th scope="col">公开目录信息</th><th scope="col">操作</th></tr></thead>
<tbody>{{#MONTHS}}
<tr id="report-{{AGENCY_ID}}-{{MONTH}}"><th scope="row">{{MONTH_LABEL}}</th><td class="num">{{TOTAL}}</td><td class="num">{{BAD}}</td><td class="num">{{RECTIFIED}}</td>
<td>{{#ITEM}}<a href="/console/items/{{ID}}"><span class="badge state-{{STATE_CODE}}">{{STATE}}</span></a>{{#PUBLISHED}} <a href="/items/{{INDEX_NO}}">{{INDEX_NO}}</a>{{/PUBLISHED}}{{/ITEM}}{{#CAN_CREATE}}<span class="muted">未生成</span>{{/CAN_CREATE}}</td>
<td>{{#IN_REVIEW}}<span class="muted">审核中</span>{{/IN_REVIEW}}{{#CAN_GENERATE}}<form method="post" action="/console/ratings/reports">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="agency_id" value="{{AGENCY_ID}}"><input type="hidden" name="month" value="{{MONTH}}">
<button type="submit" class="btn btn-small btn-secondary">{{#CAN_CREATE}}生成草稿{{/CAN_CREATE}}{{#CAN_REFRESH}}重新生成{{/CAN_REFRESH}}{{#CAN_REVISE}}生成修订稿{{/CAN_REVISE}}</button></form>{{/CAN_GENERATE}}</td></tr>{{/MONTHS}}
</tbody>
</table>
</div>
</section>
{{/AGENCIES}}

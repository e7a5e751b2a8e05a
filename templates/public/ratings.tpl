{{%AUTOESCAPE context="HTML"}}
{{! 好差评: MONTH MONTH_LABEL MONTHS (VALUE SELECTED); FillStats (LINES TOTAL NO_RATINGS); BAD_RATINGS (FillRating, public);
    NO_BAD; PAGINATION; VISIT_DAYS RECTIFY_DAYS; REPORT_COLUMN. }}
<header class="page-header"><h1>政务服务“好差评”</h1>
<p class="lead">对本机关的政务服务和依申请公开办理情况作出评价。差评在 {{VISIT_DAYS}} 个工作日内回访核实、{{RECTIFY_DAYS}} 个工作日内整改反馈（国办发〔2019〕51号），办理结果在本页公开。</p>
<p><a class="btn btn-primary" href="/ratings/new">我要评价</a> <a class="btn btn-secondary" href="/ratings/check">查询评价办理情况</a></p></header>
<section aria-labelledby="stats-title">
<h2 id="stats-title">{{MONTH_LABEL}}评价统计</h2>
<form class="filters" method="get" action="/ratings" aria-label="选择月份">
<div class="field"><label for="r-month">月份</label><select id="r-month" name="month">{{#MONTHS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/MONTHS}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查看</button></div>
</form>
{{#NO_RATINGS}}<div class="card empty-state"><p>本月暂无评价。</p></div>{{/NO_RATINGS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="{{MONTH_LABEL}}评价统计表">
<table class="table">
<thead><tr><th scope="col">服务事项</th><th scope="col">承办处室</th><th scope="col" class="num">合计</th><th scope="col" class="num">好评率</th><th scope="col" class="num">差评已整改</th><th scope="col" class="num">非常满意</th><th scope="col" class="num">满意</th><th scope="col" class="num">基本满意</th><th scope="col" class="num">不满意</th><th scope="col" class="num">非常不满意</th></tr></thead>
<tbody>{{#LINES}}
<tr><th scope="row">{{SUBJECT}}</th><td>{{DEPARTMENT}}</td><td class="num">{{TOTAL}}</td><td class="num">{{GOOD_RATE}}</td><td class="num">{{RECTIFIED}} / {{BAD}}</td><td class="num">{{L5}}</td><td class="num">{{L4}}</td><td class="num">{{L3}}</td><td class="num">{{L2}}</td><td class="num">{{L1}}</td></tr>{{/LINES}}
{{#TOTAL}}<tr class="total"><th scope="row">合计</th><td></td><td class="num">{{TOTAL}}</td><td class="num">{{GOOD_RATE}}</td><td class="num">{{RECTIFIED}} / {{BAD}}</td><td class="num">{{L5}}</td><td class="num">{{L4}}</td><td class="num">{{L3}}</td><td class="num">{{L2}}</td><td class="num">{{L1}}</td></tr>{{/TOTAL}}
</tbody>
</table>
</div>
<p class="muted">好评率：非常满意、满意、基本满意占全部评价的比例；经申诉核实为误评、恶意评价的不计入。数据接口：<a href="/api/v1/ratings/stats?month={{MONTH}}">/api/v1/ratings/stats</a>。历月情况报告见政府信息公开目录的<a href="/columns/{{REPORT_COLUMN}}">政务服务好差评</a>栏目。</p>
</section>
<section aria-labelledby="bad-title">
<h2 id="bad-title">差评办理情况</h2>
{{#NO_BAD}}<div class="card empty-state"><p>暂无差评。</p></div>{{/NO_BAD}}
<ul class="card-list">{{#BAD_RATINGS}}
<li class="card"><h3 class="card-title">{{SUBJECT}} <span class="badge rating-{{STATE_CODE}}">{{STATE}}</span></h3>
<p class="muted">{{RATED_ON}} · {{CHANNEL}}评价 · {{LEVEL_LABEL}} · 承办：{{DEPARTMENT}}</p>
<p><strong>评价内容：</strong>{{COMMENT}}</p>
{{#RECTIFIED}}<p><strong>整改情况（{{ON}}）：</strong>{{NOTE}}</p>{{/RECTIFIED}}
{{#RESPONSE}}<p><strong>评价人意见：</strong>{{LABEL}}</p>{{/RESPONSE}}</li>{{/BAD_RATINGS}}
</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
</section>
